# = instead of == in a while condition
print("== assign in while condition ==")
guess = 0
while guess = 0:
    guess = 1
