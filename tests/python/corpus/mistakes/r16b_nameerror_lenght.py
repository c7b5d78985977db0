# A misspelt variable name: CPython suggests the defined one
length = 10
width = 4
area = lenght * width
print(area)
