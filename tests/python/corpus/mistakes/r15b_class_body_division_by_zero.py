# Mistake: a class attribute computed from an empty list divides by zero while the class is built.
WEIGHTS = []

class Settings:
    name = "scheduler"
    total = sum(WEIGHTS)
    average = total / len(WEIGHTS)

print(Settings.name)
