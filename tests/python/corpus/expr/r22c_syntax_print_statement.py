# a Python 2 habit: print without parentheses
price = 5
qty = 3
print "total:", price * qty
print("done")
