# A dict indexed by position as if it were a list
print("== dict key by index ==")
capitals = {"France": "Paris", "Italy": "Rome"}
print(capitals["France"])
print(capitals[0])
