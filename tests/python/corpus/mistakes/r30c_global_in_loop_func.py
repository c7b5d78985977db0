# Modifying a global list is fine, rebinding it is not.
history = []

def record(x):
    history.append(x)

def reset():
    history = history[-1:]

record(1)
record(2)
print(history)
reset()
