# Mistake: nonlocal for a name that only exists at module level.
count = 0

def make_counter():
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

inc = make_counter()
print(inc(), inc())
