# = instead of == in an if condition
print("== assign in if condition ==")
answer = 42
if answer = 42:
    print("right")
