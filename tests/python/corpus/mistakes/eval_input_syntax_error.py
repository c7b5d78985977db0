# a calculator that evals what the user types; the second line is not an expression
while True:
    line = input("> ")
    print(eval(line))
