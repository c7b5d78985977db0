# An error on a line with Chinese characters before the failing expression.
def half(x):
    return x / 2

label = "数据"
print("结果是", half(label))
