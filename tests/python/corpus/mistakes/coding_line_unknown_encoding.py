#!/usr/bin/env python3
# vim: set fileencoding=latin9x :
# A coding line naming an encoding Python has not
print("never printed")
print("nor this")
