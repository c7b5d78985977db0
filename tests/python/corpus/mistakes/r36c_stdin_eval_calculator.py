# a calculator that evaluates every line the user types
while True:
    try:
        expr = input("> ")
    except EOFError:
        print("bye")
        break
    print(eval(expr))
