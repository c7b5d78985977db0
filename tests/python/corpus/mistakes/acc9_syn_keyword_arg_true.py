# True used as a keyword argument's name.
def run(flag=False):
    return flag

print(run(True=1))
