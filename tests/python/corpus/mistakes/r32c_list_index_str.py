# Indexing a list with a string read from input-like data.
colors = ["red", "green", "blue"]
choice = "1"
print(colors[int(choice)])
print(colors[choice])
