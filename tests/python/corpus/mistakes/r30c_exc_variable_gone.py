# Using the "as" name after the except block ended.
try:
    {}["x"]
except KeyError as err:
    print("inside:", repr(err))
print("outside:", err)
