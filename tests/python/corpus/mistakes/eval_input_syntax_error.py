# Mistake: eval input syntax error.
# (A learner's program as written, to compare with CPython 3.11.)
#
# a calculator that evals what the user types; the second line is not an expression
while True:
    line = input("> ")
    print(eval(line))
