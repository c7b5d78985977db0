# caret markers on a line containing wide (non-ASCII) characters
名前 = {"キー": 1}
print(名前["キー"])
print("値:", 名前["キー"] + 名前["なし"])
# (end of the program)
