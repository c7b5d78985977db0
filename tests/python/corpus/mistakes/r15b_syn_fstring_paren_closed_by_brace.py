# Mistake: a call inside an f-string left unclosed before the closing brace.
names = ["ada", "grace", "alan"]
print(f"{len(names} names: {', '.join(names)}")
