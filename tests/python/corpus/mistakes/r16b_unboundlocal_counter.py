# Incrementing a global counter inside a function without global
count = 0

def add_one():
    count += 1
    return count

print(add_one())
