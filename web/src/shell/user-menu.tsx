import { Button, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLogout } from '../api/session';
import { useCurrentSession } from './session-gate';

export function UserMenu() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const logout = useLogout();
  const navigate = useNavigate();
  return (
    <Menu position="bottom-end" width={240}>
      <Menu.Target>
        <Button variant="subtle" size="sm" aria-label={t('shell.userMenu', { name: session.user.name })}>
          {session.user.name}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text fz="xs" truncate>
            {session.user.email}
          </Text>
        </Menu.Label>
        <Menu.Item
          onClick={() =>
            logout.mutate(undefined, {
              onSettled: () => navigate('/login', { replace: true }),
            })
          }
        >
          {t('shell.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
