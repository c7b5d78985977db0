# An else that got separated from its if by a dedented print.
temperature = 25

if temperature > 30:
    print("hot")
print("checked")
else:
    print("not hot")
