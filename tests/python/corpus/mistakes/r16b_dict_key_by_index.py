# A dict indexed by position as if it were a list
capitals = {"France": "Paris", "Italy": "Rome"}
print(capitals["France"])
print(capitals[0])
