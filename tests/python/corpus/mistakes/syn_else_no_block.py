if x > 1:
    pass
else:
print("no")
