# eval() of an assignment statement.
env = {}
print(eval("1 + 1", env))
eval("total = 5", env)
