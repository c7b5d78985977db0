# Assigning to True because I wanted a flag named True
True = 1
done = False
if done == True:
    print("done")
