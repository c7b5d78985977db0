# Mistake: indexing a None deep inside nested data.
data = {'a': {'b': [1, 2, {'c': None}]}}
print(data["a"]["b"][2]["c"])
print(len(data["a"]["b"]))
value = data['a']['b'][2]['c']['d']
