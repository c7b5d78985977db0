# File permissions written the old way with a leading zero
import stat

mode = 0755
print(oct(mode))
print(stat.S_ISDIR(mode))
