# Curly single quotes around a dictionary key.
print("start")

scores = {"ann": 3}
print(scores[‘ann’])
