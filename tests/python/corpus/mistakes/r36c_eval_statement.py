# a calculator that evals each line; one line is an assignment
lines = ["1 + 2", "10 / 4", "total = 5"]
for ln in lines:
    print(ln, "=>", eval(ln))
# (end of the program)
