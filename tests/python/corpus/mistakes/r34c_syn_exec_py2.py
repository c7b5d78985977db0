# Python 2 style exec statement I copied from an old blog
code = "x = 5"
exec code
print(x)
# the blog was from 2009
