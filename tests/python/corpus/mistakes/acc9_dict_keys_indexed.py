# Indexing dict_keys.
print("start")

scores = {"ann": 3, "bob": 5}
print(list(scores.keys())[0])
print(scores.keys()[0])
