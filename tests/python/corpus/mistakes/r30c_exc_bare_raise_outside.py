# A bare raise outside of any except block.
def validate(x):
    if x < 0:
        print("negative, re-raising")
        raise
    return x

print(validate(3))
validate(-1)
