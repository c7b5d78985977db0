# ModuleNotFoundError for a typo'd module
import os
import colections
# (end of the program)
# (end of the program)
