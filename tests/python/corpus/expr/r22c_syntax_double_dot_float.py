# a version number written as a float literal
version = 3.11
print(version)
next_version = 3.11.1
print(next_version)
