# Mistake: a call inside an f-string left unclosed before the closing brace.
names = ["ada", "grace", "alan"]

def show(names):
    print(f"{len(names} names: {', '.join(names)}")

show(names)
