import type { ReactNode } from 'react';
import { Box, Container, Group, Paper, Text, Title } from '@mantine/core';
import { LanguageSwitch } from '../shell/language-switch';

/** The frame of the pages seen before signing in: a card in the middle, the language switch on top. */
export function PublicFrame({ title, subtitle, width, children }: { title: string; subtitle?: string; width: number; children: ReactNode }) {
  return (
    <Box mih="100vh" bg="gray.0" py="xl">
      <Container size={width}>
        <Group justify="space-between" mb="lg">
          <Text fw={700} fz="xl" c="teal.8">
            Duly
          </Text>
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="md" component="main">
          <Title order={1} fz="h2" mb={subtitle ? 4 : 'lg'}>
            {title}
          </Title>
          {subtitle && (
            <Text c="dimmed" mb="lg">
              {subtitle}
            </Text>
          )}
          {children}
        </Paper>
      </Container>
    </Box>
  );
}
