# Lines printed before an error: with a pipe, CPython writes them after the traceback
for i in range(3):
    print("step", i)
print("almost", end="")
raise RuntimeError("stopped at step 3")
