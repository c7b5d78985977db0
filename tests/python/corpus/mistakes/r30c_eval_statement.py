# eval() of an assignment statement.
# (kept short on purpose: the mistake is the point)
env = {}
print(eval("1 + 1", env))
eval("total = 5", env)
