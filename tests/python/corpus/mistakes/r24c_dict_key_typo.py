# r24c_dict_key_typo: a mistake as a learner makes it, and what CPython 3.11 says of it
# (its lines below as the learner wrote them)
config = {"host": "localhost", "port": 8080, "timeout": 5}
print("connecting to", config["host"])
print("on port", config["Port"])
