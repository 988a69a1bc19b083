import sys

from kitdesk.cli import main

sys.exit(main())
