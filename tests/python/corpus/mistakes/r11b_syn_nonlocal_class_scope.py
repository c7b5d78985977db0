# nonlocal naming a class attribute from inside a method.
class Counter:
    count = 0

    def bump(self):
        nonlocal count
        count += 1
        return count

print(Counter().bump())
