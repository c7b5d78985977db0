# Trying to get C-style braces from __future__.
from __future__ import braces

def main() {
    print("hi")
}
