# An f-string with a single closing brace
print("== fstring unmatched brace ==")

name = "ada"
print(f"name: {name}}")
