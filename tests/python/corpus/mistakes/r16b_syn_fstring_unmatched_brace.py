# An f-string with a single closing brace
name = "ada"
print(f"name: {name}}")
