# Mistake: assigning to a global inside a function without "global".
count = 0

def increment():
    count += 1

increment()
