# = instead of == in a while condition
guess = 0
while guess = 0:
    guess = 1
