# A learner misspells a json function in a from-import after some output: the uncaught ImportError
import json

data = {'workers': 3, 'delay': 0.5}
print(json.dumps(data))
from json import load, loads, dumbs
print(loads('{}'))
