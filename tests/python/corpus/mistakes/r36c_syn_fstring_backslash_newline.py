# joining lines inside an f-string expression with a newline escape
items = ["milk", "eggs", "bread"]
print(f"Shopping list:\n{'\n'.join(items)}")
# (end of the program)
# (end of the program)
