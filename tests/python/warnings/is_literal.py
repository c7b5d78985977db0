x = 5
if x is 5:
    pass
if x is not "a":
    pass
if None is x:
    pass
y = x is -1
z = x is ()
w = x is (1, 2)
v = x is ...
