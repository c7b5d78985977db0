# A try with no except at the end of the file (no caret)
import json

def load(text):
    try:
        return json.loads(text)
