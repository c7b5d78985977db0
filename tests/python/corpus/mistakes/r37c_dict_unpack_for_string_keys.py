# printing each setting and its value; I looped over the dict, not its items
settings = {"ab": 1, "cd": 2, "color": "red"}
for key, value in settings:
    print(key, "=", value)
print("done")
