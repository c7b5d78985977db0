# elseif instead of elif
x = 5
if x < 0:
    print("neg")
elseif x == 0:
    print("zero")
