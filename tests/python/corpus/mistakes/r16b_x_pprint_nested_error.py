# pprint of nested data, then a KeyError deep inside it
from pprint import pprint

data = {"users": [{"name": "ada", "roles": ["admin", "dev"]}, {"name": "al", "roles": []}]}
pprint(data, width=40)
print(data["users"][1]["roles"][0])
